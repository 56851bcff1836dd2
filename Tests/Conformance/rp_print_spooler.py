# A print spooler simulation: job queue per priority, printers with speeds, paper jams and cancellations.
from collections import deque


class PrinterError(Exception):
    pass


class PaperJam(PrinterError):
    pass


class PrintJob:
    counter = 0

    def __init__(self, owner, pages, priority=1, submitted=0):
        PrintJob.counter += 1
        self.id = PrintJob.counter
        self.owner, self.pages, self.priority, self.submitted = owner, pages, priority, submitted
        self.printed = 0

    def __repr__(self):
        return f"#{self.id}:{self.owner}({self.printed}/{self.pages}p,pri{self.priority})"


class Printer:
    def __init__(self, name, ppm, jam_every=None):
        self.name, self.ppm, self.jam_every = name, ppm, jam_every
        self.job = None
        self.total = 0
        self.jammed = False

    def tick(self):
        if self.job is None or self.jammed:
            return None
        for _ in range(self.ppm):
            if self.job.printed == self.job.pages:
                break
            self.total += 1
            if self.jam_every and self.total % self.jam_every == 0:
                self.jammed = True
                raise PaperJam(f"{self.name} jammed on {self.job!r}")
            self.job.printed += 1
        if self.job.printed == self.job.pages:
            done, self.job = self.job, None
            return done
        return None


class Spooler:
    def __init__(self, printers):
        self.queues = {p: deque() for p in (3, 2, 1)}
        self.printers = printers
        self.clock = 0
        self.finished = []

    def submit(self, job):
        if job.pages <= 0:
            raise ValueError(f"job {job.id} has no pages")
        if job.priority not in self.queues:
            raise ValueError(f"bad priority {job.priority}")
        self.queues[job.priority].append(job)

    def cancel(self, job_id):
        for pri, q in self.queues.items():
            for job in q:
                if job.id == job_id:
                    self.queues[pri] = deque(j for j in q if j is not job)
                    return f"cancelled queued {job!r}"
        for p in self.printers:
            if p.job and p.job.id == job_id:
                job, p.job = p.job, None
                return f"aborted {job!r} on {p.name}"
        raise KeyError(job_id)

    def next_job(self):
        for pri in (3, 2, 1):
            if self.queues[pri]:
                return self.queues[pri].popleft()
        return None

    def step(self):
        self.clock += 1
        events = []
        for p in self.printers:
            if p.jammed and self.clock % 3 == 0:
                p.jammed = False
                events.append(f"{p.name} cleared")
            if p.job is None and not p.jammed:
                p.job = self.next_job()
                if p.job:
                    events.append(f"{p.name} <- {p.job!r}")
            try:
                done = p.tick()
            except PaperJam as e:
                events.append(f"JAM: {e}")
                continue
            if done:
                self.finished.append((self.clock, done))
                events.append(f"{p.name} finished {done!r} wait={self.clock - done.submitted}")
        return events

    def pending(self):
        return [j for pri in (3, 2, 1) for j in self.queues[pri]]


spool = Spooler([Printer("laser", 4, jam_every=9), Printer("inkjet", 1)])
arrivals = {0: [("ann", 6), ("bob", 2, 2)], 1: [("cat", 10)], 2: [("dan", 3, 3), ("eve", 0)],
            3: [("fay", 1, 7)], 4: [("gus", 5)], 6: [("hal", 2, 3)]}
cancels = {5: [7, 99], 8: [4]}
for t in range(14):
    for args in arrivals.get(t, []):
        job = PrintJob(*args, submitted=t)
        try:
            spool.submit(job)
        except ValueError as e:
            print(f"t={t:>2} rejected: {e}")
    for jid in cancels.get(t, []):
        try:
            print(f"t={t:>2} {spool.cancel(jid)}")
        except KeyError as e:
            print(f"t={t:>2} cancel failed: no job {e}")
    events = spool.step()
    busy = {p.name: p.job for p in spool.printers}
    print(f"t={t:>2} {'; '.join(events) or '-':<60} queue={spool.pending()}")
print("finished:", [(t, j.id) for t, j in spool.finished])
print({p.name: p.total for p in spool.printers}, "jammed:", [p.name for p in spool.printers if p.jammed])
waits = [t - j.submitted for t, j in spool.finished]
print(f"avg wait {sum(waits) / len(waits):.2f}, max wait {max(waits)}")
