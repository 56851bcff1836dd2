# A priority task scheduler with dependencies, worker slots, failures with retries and a Gantt chart.
import heapq


class CycleError(Exception):
    pass


class Job:
    def __init__(self, name, duration, priority=5, deps=(), fail_times=0):
        self.name, self.duration, self.priority = name, duration, priority
        self.deps = list(deps)
        self.fail_times = fail_times
        self.attempts = 0
        self.runs = []

    def __repr__(self):
        return f"Job({self.name})"


def check_graph(jobs):
    missing = sorted({d for j in jobs.values() for d in j.deps if d not in jobs})
    if missing:
        raise KeyError(f"unknown dependencies: {', '.join(missing)}")
    state = {}

    def visit(name, path):
        if state.get(name) == "done":
            return
        if state.get(name) == "active":
            cycle = path[path.index(name):] + [name]
            raise CycleError(" -> ".join(cycle))
        state[name] = "active"
        for d in jobs[name].deps:
            visit(d, path + [name])
        state[name] = "done"

    for name in sorted(jobs):
        visit(name, [])


def schedule(job_list, workers=2, max_attempts=3):
    jobs = {j.name: j for j in job_list}
    check_graph(jobs)
    waiting = {n: set(j.deps) for n, j in jobs.items()}
    dependents = {n: [] for n in jobs}
    for n, j in jobs.items():
        for d in j.deps:
            dependents[d].append(n)
    ready = [(j.priority, n) for n, j in jobs.items() if not j.deps]
    heapq.heapify(ready)
    running = []  # (finish_time, worker, name)
    free = list(range(workers))
    now, done, failed, log = 0, [], [], []
    while ready or running:
        while ready and free:
            _, name = heapq.heappop(ready)
            w = free.pop(0)
            job = jobs[name]
            job.attempts += 1
            heapq.heappush(running, (now + job.duration, w, name))
            job.runs.append((w, now, now + job.duration))
            log.append(f"t={now:>2} w{w} start {name} (attempt {job.attempts})")
        now, w, name = heapq.heappop(running)
        free.append(w)
        free.sort()
        job = jobs[name]
        if job.attempts <= job.fail_times:
            if job.attempts >= max_attempts:
                log.append(f"t={now:>2} w{w} FAILED {name} permanently")
                failed.append(name)
                continue
            log.append(f"t={now:>2} w{w} failed {name}, requeue")
            heapq.heappush(ready, (job.priority, name))
            continue
        log.append(f"t={now:>2} w{w} done  {name}")
        done.append(name)
        for dep in dependents[name]:
            waiting[dep].discard(name)
            if not waiting[dep]:
                heapq.heappush(ready, (jobs[dep].priority, dep))
    blocked = sorted(n for n in jobs if n not in done and n not in failed)
    return now, done, failed, blocked, log


def gantt(job_list, end, workers):
    rows = {w: ["."] * end for w in range(workers)}
    for j in job_list:
        for w, s, e in j.runs:
            for t in range(s, e):
                rows[w][t] = j.name[0]
    for w in range(workers):
        print(f"  w{w} |{''.join(rows[w])}|")


def build():
    return [Job("fetch", 2, 1), Job("lint", 1, 3, ["fetch"]), Job("compile", 4, 2, ["fetch"]),
            Job("test", 3, 2, ["compile"], fail_times=1), Job("docs", 2, 9, ["fetch"]),
            Job("package", 2, 1, ["test", "lint"]), Job("upload", 1, 1, ["package", "docs"])]


for workers in (1, 2, 3):
    jobs = build()
    end, done, failed, blocked, log = schedule(jobs, workers)
    print(f"== {workers} worker(s): finished at t={end}")
    if workers == 2:
        print("\n".join(log))
    print("  order:", " ".join(done))
    gantt(jobs, end, workers)

jobs = build()
jobs[3].fail_times = 5
end, done, failed, blocked, log = schedule(jobs, 2)
print(f"flaky tests: done={done} failed={failed} blocked={blocked} t={end}")
for bad in ([Job("a", 1, deps=["b"]), Job("b", 1, deps=["c"]), Job("c", 1, deps=["a"])],
            [Job("a", 1, deps=["x", "y"])]):
    try:
        schedule(bad)
    except (CycleError, KeyError) as e:
        print(type(e).__name__, e)
