# Hotel reservations: room types, overlapping-night checks with bisect, transactional group bookings.
import bisect


class BookingError(Exception):
    pass


class Room:
    def __init__(self, number, kind, rate):
        self.number, self.kind, self.rate = number, kind, rate
        self.starts, self.stays = [], []  # parallel lists sorted by check-in night

    def free(self, start, end):
        i = bisect.bisect_left(self.starts, start)
        if i > 0 and self.stays[i - 1][1] > start:
            return False
        return not (i < len(self.starts) and self.starts[i] < end)

    def book(self, start, end, guest):
        if not self.free(start, end):
            raise BookingError(f"room {self.number} taken for nights {start}-{end}")
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.stays.insert(i, (start, end, guest))

    def cancel(self, guest):
        for i, (s, e, g) in enumerate(self.stays):
            if g == guest:
                del self.starts[i], self.stays[i]
                return s, e
        raise BookingError(f"{guest} has no booking in room {self.number}")

    def __repr__(self):
        return f"Room({self.number}, {self.kind}, {[(s, e, g) for s, e, g in self.stays]})"


class Transaction:
    def __init__(self, hotel):
        self.hotel = hotel

    def __enter__(self):
        self.mark = len(self.hotel.journal)
        return self.hotel

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, BookingError):
            for number, guest in reversed(self.hotel.journal[self.mark:]):
                self.hotel.rooms[number].cancel(guest)
            del self.hotel.journal[self.mark:]
        return False


class Hotel:
    def __init__(self, rooms):
        self.rooms = {r.number: r for r in rooms}
        self.journal = []

    def transaction(self):
        return Transaction(self)

    def reserve(self, kind, start, end, guest):
        if end <= start:
            raise BookingError(f"empty stay {start}-{end}")
        for room in sorted(self.rooms.values(), key=lambda r: (r.rate, r.number)):
            if room.kind == kind and room.free(start, end):
                room.book(start, end, guest)
                self.journal.append((room.number, guest))
                return room.number, (end - start) * room.rate
        raise BookingError(f"no {kind} room free for nights {start}-{end}")

    def occupancy(self, nights):
        grid = []
        for number, room in sorted(self.rooms.items()):
            row = ""
            for n in range(nights):
                guest = next((g for s, e, g in room.stays if s <= n < e), None)
                row += guest[0] if guest else "."
            grid.append(f"{number} {room.kind:<6} {row}")
        return grid


hotel = Hotel([Room(101, "single", 80), Room(102, "single", 85), Room(201, "double", 120),
               Room(202, "double", 110), Room(301, "suite", 300)])
requests = [("single", 0, 3, "Ada"), ("single", 1, 4, "Ben"), ("single", 2, 5, "Cy"),
            ("double", 0, 7, "Dot"), ("suite", 5, 5, "Eve"), ("single", 3, 6, "Fay"),
            ("double", 2, 4, "Gus"), ("double", 3, 9, "Hal"), ("suite", 1, 3, "Ivy")]
for kind, s, end, guest in requests:
    try:
        number, cost = hotel.reserve(kind, s, end, guest)
        print(f"{guest:<4} {kind:<7} nights {s}-{end}: room {number}, ${cost}")
    except BookingError as e:
        print(f"{guest:<4} {kind:<7} nights {s}-{end}: refused - {e}")

print("\n".join(hotel.occupancy(10)))
try:
    with hotel.transaction():
        for who in ("Wed1", "Wed2", "Wed3"):
            print("  group:", who, hotel.reserve("double", 6, 8, who))
except BookingError as e:
    print("group booking rolled back:", e)
print("journal size:", len(hotel.journal))
with hotel.transaction():
    print("  group:", hotel.reserve("suite", 6, 8, "Wed1"), hotel.reserve("single", 6, 8, "Wed2"))
print("\n".join(hotel.occupancy(10)))
print(hotel.rooms[101].cancel("Ada"), hotel.rooms[101].free(0, 3), hotel.rooms[101])
try:
    hotel.rooms[101].cancel("Zed")
except BookingError as e:
    print("BookingError:", e)
revenue = {}
for room in hotel.rooms.values():
    for s, e, g in room.stays:
        revenue[room.kind] = revenue.get(room.kind, 0) + (e - s) * room.rate
print(dict(sorted(revenue.items(), key=lambda kv: kv[1], reverse=True)))
