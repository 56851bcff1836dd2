# A text editor buffer with the command pattern: insert/delete/replace commands, undo/redo stacks, macros, errors.
class EditorError(Exception):
    pass


class Command:
    def apply(self, buf):
        raise NotImplementedError(f"{type(self).__name__}.apply")

    def revert(self, buf):
        raise NotImplementedError(f"{type(self).__name__}.revert")

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"


class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text

    def apply(self, buf):
        if not 0 <= self.pos <= len(buf.text):
            raise EditorError(f"insert position {self.pos} out of range 0..{len(buf.text)}")
        buf.text = buf.text[:self.pos] + self.text + buf.text[self.pos:]

    def revert(self, buf):
        buf.text = buf.text[:self.pos] + buf.text[self.pos + len(self.text):]


class Delete(Command):
    def __init__(self, start, end):
        self.start, self.end = start, end
        self._removed = None

    def apply(self, buf):
        if not 0 <= self.start <= self.end <= len(buf.text):
            raise EditorError(f"bad range {self.start}:{self.end}")
        self._removed = buf.text[self.start:self.end]
        buf.text = buf.text[:self.start] + buf.text[self.end:]

    def revert(self, buf):
        buf.text = buf.text[:self.start] + self._removed + buf.text[self.start:]


class Replace(Command):
    def __init__(self, old, new):
        self.old, self.new = old, new
        self._before = None

    def apply(self, buf):
        if self.old not in buf.text:
            raise EditorError(f"{self.old!r} not found")
        self._before = buf.text
        buf.text = buf.text.replace(self.old, self.new)

    def revert(self, buf):
        buf.text = self._before


class Macro(Command):
    def __init__(self, *commands):
        self.commands = commands

    def apply(self, buf):
        done = []
        try:
            for c in self.commands:
                c.apply(buf)
                done.append(c)
        except EditorError:
            for c in reversed(done):
                c.revert(buf)
            raise

    def revert(self, buf):
        for c in reversed(self.commands):
            c.revert(buf)


class Broken(Command):
    pass


class Buffer:
    def __init__(self, text=""):
        self.text = text
        self.undo_stack, self.redo_stack = [], []

    def do(self, cmd):
        cmd.apply(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()

    def undo(self):
        if not self.undo_stack:
            raise EditorError("nothing to undo")
        cmd = self.undo_stack.pop()
        cmd.revert(self)
        self.redo_stack.append(cmd)

    def redo(self):
        if not self.redo_stack:
            raise EditorError("nothing to redo")
        cmd = self.redo_stack.pop()
        cmd.apply(self)
        self.undo_stack.append(cmd)


b = Buffer("hello world")
actions = [("do", Insert(5, ",")), ("do", Replace("world", "there")), ("do", Delete(0, 1)), ("do", Insert(0, "J")),
           ("undo",), ("undo",), ("redo",), ("do", Insert(99, "!")), ("do", Replace("xyz", "q")), ("redo",),
           ("do", Macro(Insert(0, ">> "), Replace("there", "THERE"), Insert(0, "# "))),
           ("do", Macro(Insert(0, "A"), Delete(5, 500))), ("undo",), ("undo",), ("undo",), ("undo",), ("undo",),
           ("redo",), ("do", Broken())]
for act in actions:
    name, *arg = act
    try:
        getattr(b, name)(*arg)
        print(f"{name:4} {arg[0] if arg else '' !s:<60} -> {b.text!r}")
    except EditorError as e:
        print(f"{name:4} {arg[0] if arg else '' !s:<60} !! {e}")
    except NotImplementedError as e:
        print(f"{name:4} {arg[0] if arg else '' !s:<60} !! NotImplementedError: {e}")
print(len(b.undo_stack), len(b.redo_stack), b.undo_stack)
