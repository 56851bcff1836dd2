# A small library catalogue: search, borrowing rules, holds and late fines.

class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    def __init__(self, title, due):
        super().__init__(f"{title!r} is out until day {due}")
        self.title = title
        self.due = due


class LimitReached(LibraryError):
    pass


class Book:
    def __init__(self, isbn, title, author, year, tags=()):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.tags = set(tags)
        self.borrower = None
        self.due = None
        self.holds = []

    def __repr__(self):
        state = "in" if self.borrower is None else f"out:{self.borrower.name}@{self.due}"
        return f"Book({self.isbn}, {self.title!r}, {state})"


class Member:
    LIMITS = {"child": 2, "adult": 4, "staff": 10}

    def __init__(self, name, kind="adult"):
        self.name, self.kind = name, kind
        self.loans = []
        self.fines = 0

    def __repr__(self):
        return f"Member({self.name}, {self.kind}, loans={len(self.loans)}, fines={self.fines})"


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 25  # cents

    def __init__(self):
        self.books = {}
        self.today = 0

    def add(self, book):
        if book.isbn in self.books:
            raise LibraryError(f"duplicate isbn {book.isbn}")
        self.books[book.isbn] = book

    def search(self, text="", tag=None, before=None):
        text = text.lower()
        hits = [b for b in self.books.values()
                if (text in b.title.lower() or text in b.author.lower())
                and (tag is None or tag in b.tags)
                and (before is None or b.year < before)]
        return sorted(hits, key=lambda b: (b.author.split()[-1], b.year))

    def borrow(self, member, isbn):
        book = self.books[isbn]
        if member.fines > 500:
            raise LibraryError(f"{member.name} owes {member.fines / 100:.2f}")
        if len(member.loans) >= Member.LIMITS[member.kind]:
            raise LimitReached(f"{member.name} already has {len(member.loans)} books")
        if book.borrower is not None:
            if member not in book.holds:
                book.holds.append(member)
            raise NotAvailable(book.title, book.due)
        if book.holds and book.holds[0] is not member:
            raise LibraryError(f"{book.title!r} is held for {book.holds[0].name}")
        if book.holds:
            book.holds.pop(0)
        book.borrower, book.due = member, self.today + self.LOAN_DAYS
        member.loans.append(book)
        return book.due

    def give_back(self, isbn):
        book = self.books[isbn]
        member = book.borrower
        late = max(0, self.today - book.due)
        member.fines += late * self.FINE_PER_DAY
        member.loans.remove(book)
        book.borrower = book.due = None
        return late


lib = Library()
for row in [("111", "Dune", "Frank Herbert", 1965, ["scifi"]),
            ("222", "Emma", "Jane Austen", 1815, ["classic", "romance"]),
            ("333", "Persuasion", "Jane Austen", 1817, ["classic"]),
            ("444", "Neuromancer", "William Gibson", 1984, ["scifi", "cyberpunk"]),
            ("555", "Hyperion", "Dan Simmons", 1989, ["scifi"])]:
    lib.add(Book(*row))
try:
    lib.add(Book("111", "Dup", "X", 2000))
except LibraryError as e:
    print("error:", e)

print([b.title for b in lib.search("austen")])
print([b.title for b in lib.search(tag="scifi")])
print([b.title for b in lib.search(before=1970)])
print([b.isbn for b in lib.search("e", tag="classic")])

ann, bob, kid = Member("Ann"), Member("Bob"), Member("Kid", "child")
actions = [(0, "borrow", ann, "111"), (1, "borrow", bob, "111"), (2, "borrow", kid, "222"),
           (2, "borrow", kid, "333"), (3, "borrow", kid, "444"), (20, "return", None, "111"),
           (21, "borrow", ann, "111"), (21, "borrow", bob, "111"), (40, "return", None, "222"),
           (41, "return", None, "333"), (42, "borrow", kid, "999"), (43, "borrow", kid, "555")]
for day, op, who, isbn in actions:
    lib.today = day
    try:
        if op == "borrow":
            result = f"due day {lib.borrow(who, isbn)}"
        else:
            result = f"{lib.give_back(isbn)} days late"
    except KeyError as e:
        result = f"no such isbn {e}"
    except NotAvailable as e:
        result = f"waitlisted ({e}; due={e.due})"
    except LibraryError as e:
        result = f"{type(e).__name__}: {e}"
    name = who.name if who else "-"
    print(f"day {day:>2} {op:<6} {name:<4} {isbn}: {result}")

for m in (ann, bob, kid):
    print(m, [b.isbn for b in m.loans], f"${m.fines / 100:,.2f}")
for b in lib.books.values():
    print(b, [m.name for m in b.holds])
