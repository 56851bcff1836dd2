# A state machine with enum-like classes, dict dispatch and generators.
class State:
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"


class Machine:
    transitions = {
        (State.IDLE, "start"): State.RUNNING,
        (State.RUNNING, "tick"): State.RUNNING,
        (State.RUNNING, "stop"): State.DONE,
    }

    def __init__(self):
        self.state = State.IDLE
        self.ticks = 0

    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise ValueError(f"bad event {event!r} in state {self.state}")
        if event == "tick":
            self.ticks += 1
        self.state = self.transitions[key]
        return self.state


def events():
    yield "start"
    for _ in range(3):
        yield "tick"
    yield "stop"
    yield "tick"


m = Machine()
log = []
for ev in events():
    try:
        log.append(m.fire(ev))
    except ValueError as e:
        log.append(str(e))
print(log, m.ticks, m.state)
print(sorted(Machine.transitions.items()))
