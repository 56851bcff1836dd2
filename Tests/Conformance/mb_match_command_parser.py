# match statements: a text-adventure style command parser over split() words, with an inventory and a room map.
rooms = {
    "hall": {"north": "kitchen", "east": "study"},
    "kitchen": {"south": "hall"},
    "study": {"west": "hall"},
}
items = {"hall": ["lamp"], "kitchen": ["knife", "apple"], "study": ["book"]}
state = {"room": "hall", "inventory": []}

def execute(line):
    match line.lower().split():
        case []:
            return "say something"
        case ["quit" | "exit"]:
            return "goodbye"
        case ["look"]:
            here = state["room"]
            return f"{here}: exits {sorted(rooms[here])}, items {items[here]}"
        case ["go", direction] | [("north" | "south" | "east" | "west") as direction]:
            here = state["room"]
            if direction not in rooms[here]:
                return f"you can't go {direction}"
            state["room"] = rooms[here][direction]
            return f"you walk {direction} to the {state['room']}"
        case ["take", "all"]:
            here = state["room"]
            taken, items[here] = items[here], []
            state["inventory"].extend(taken)
            return f"taken: {taken}"
        case ["take", *names] if names:
            out = []
            for name in names:
                if name in items[state["room"]]:
                    items[state["room"]].remove(name)
                    state["inventory"].append(name)
                    out.append(f"took {name}")
                else:
                    out.append(f"no {name} here")
            return ", ".join(out)
        case ["drop", name] if name in state["inventory"]:
            state["inventory"].remove(name)
            items[state["room"]].append(name)
            return f"dropped {name}"
        case ["drop", name]:
            return f"you have no {name}"
        case ["inventory" | "i"]:
            return f"carrying {state['inventory'] or 'nothing'}"
        case [verb, *rest]:
            return f"unknown verb {verb!r} ({len(rest)} args)"

script = ["look", "take lamp", "take sword", "north", "look", "take all", "go up",
          "south", "east", "drop apple", "drop apple", "take book lamp", "i", "", "dance wildly now", "quit"]
for line in script:
    print(f"> {line}")
    print(execute(line))
print(state)
print(items)
