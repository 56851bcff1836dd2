# match statements: a state machine (tokenizer for numbers/words/punct) and a traffic-light controller on (state, event) pairs.
def tokenize(text):
    tokens = []
    state, buf = "start", ""
    for ch in text + "\0":
        kind = "digit" if ch.isdigit() else "alpha" if ch.isalpha() else "space" if ch == " " else "end" if ch == "\0" else "punct"
        match state, kind:
            case "number", "digit":
                buf += ch
            case "word", ("alpha" | "digit"):
                buf += ch
            case ("number" | "word") as s, _:
                tokens.append((s, buf))
                buf = ""
                state = "start"
                match kind:
                    case "punct":
                        tokens.append(("punct", ch))
                    case "alpha":
                        state, buf = "word", ch
                    case "digit":
                        state, buf = "number", ch
            case "start", "digit":
                state, buf = "number", ch
            case "start", "alpha":
                state, buf = "word", ch
            case "start", "punct":
                tokens.append(("punct", ch))
            case "start", ("space" | "end"):
                pass
    return tokens

for text in ["x1 = 42 + y;", "abc", "12ab 3", "(a,b)", ""]:
    print(repr(text), tokenize(text))

def light(state, event):
    match (state, event):
        case (_, "power_off"):
            return "off"
        case ("off", "power_on"):
            return "red"
        case ("red", "timer"):
            return "green"
        case ("green", "timer"):
            return "yellow"
        case ("yellow", "timer"):
            return "red"
        case ("red" | "green" | "yellow", "fault"):
            return "blinking"
        case ("blinking", "reset"):
            return "red"
        case (s, e):
            return s

state = "off"
history = [state]
for event in ["timer", "power_on", "timer", "timer", "fault", "timer", "reset", "timer", "timer", "timer", "power_off"]:
    state = light(state, event)
    history.append(state)
print(" -> ".join(history))

# vending machine with a mapping state
def vend(st, ev):
    match st, ev:
        case {"credit": c}, ("coin", int(v)):
            return {"credit": c + v}, f"credit {c + v}"
        case {"credit": c}, ("buy", int(price)) if c >= price:
            return {"credit": c - price}, f"vended, change {c - price}"
        case {"credit": c}, ("buy", int(price)):
            return st, f"need {price - c} more"
        case {"credit": c}, ("refund",):
            return {"credit": 0}, f"refunded {c}"
        case _, other:
            return st, f"ignored {other}"
st = {"credit": 0}
for ev in [("coin", 25), ("buy", 60), ("coin", 50), ("buy", 60), ("refund",), ("kick",), ("coin", "x")]:
    st, msg = vend(st, ev)
    print(ev, "->", msg)
