# A text adventure as a state machine: rooms, items, locked doors, command parsing and scripted playthrough.
class GameOver(Exception):
    pass


ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True, "dark": True},
}


class Game:
    def __init__(self, rooms):
        self.rooms = {k: dict(v, items=list(v["items"])) for k, v in rooms.items()}
        self.where = "hall"
        self.inventory = []
        self.moves = 0
        self.state = "playing"

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        try:
            return handler(*rest)
        except TypeError:
            return f"{verb} what?"

    def do_look(self):
        room = self.rooms[self.where]
        if room.get("dark") and "lamp" not in self.inventory:
            return "It is pitch black."
        items = ", ".join(room["items"]) or "nothing"
        exits = ", ".join(sorted(room["exits"]))
        return f"You are in {room['desc']}. You see {items}. Exits: {exits}."

    def do_go(self, direction):
        room = self.rooms[self.where]
        if direction not in room["exits"]:
            return "You can't go that way."
        target = room["exits"][direction]
        if self.rooms[target].get("locked"):
            if "key" not in self.inventory:
                return "The door is locked."
            self.rooms[target]["locked"] = False
            self.where = target
            return "You unlock the door and go " + direction + ". " + self.do_look()
        self.where = target
        return self.do_look()

    def do_take(self, item):
        room = self.rooms[self.where]
        if room.get("dark") and "lamp" not in self.inventory:
            return "You fumble in the dark."
        if item not in room["items"]:
            return f"There is no {item} here."
        room["items"].remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
            raise GameOver(f"You win in {self.moves} moves!")
        return f"Taken: {item}."

    def do_drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        self.rooms[self.where]["items"].append(item)
        return f"Dropped: {item}."

    def do_inventory(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")


script = ["look", "", "dance", "take", "take sword", "go west", "go east", "go down", "go up",
          "go west", "go north", "take key", "take book", "drop book", "drop sword", "inventory",
          "go south", "go east", "go down", "take treasure", "look", "take lamp"]
game = Game(ROOMS)
for cmd in script:
    try:
        print(f"> {cmd}\n  {game.handle(cmd)}")
    except GameOver as e:
        print(f"> {cmd}\n  *** {e}")
        break
print(game.state, game.where, sorted(game.inventory), game.moves)
print(ROOMS["library"]["items"], game.rooms["library"]["items"])
