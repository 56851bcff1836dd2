# An assembler and stack virtual machine for a made-up bytecode, with calls, jumps and traps.

class VMError(Exception):
    def __init__(self, msg, pc=None):
        super().__init__(msg if pc is None else f"pc={pc}: {msg}")
        self.pc = pc


OPCODES = {"push": 1, "pop": 0, "dup": 0, "swap": 0, "add": 0, "sub": 0, "mul": 0, "div": 0,
           "mod": 0, "lt": 0, "eq": 0, "jmp": 1, "jz": 1, "call": 1, "ret": 0, "load": 1,
           "store": 1, "print": 0, "halt": 0}


def assemble(source):
    code, labels, fixups = [], {}, []
    for lineno, line in enumerate(source.splitlines(), 1):
        line = line.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        if op not in OPCODES:
            raise VMError(f"line {lineno}: unknown opcode {op!r}")
        if len(args) != OPCODES[op]:
            raise VMError(f"line {lineno}: {op} takes {OPCODES[op]} operand(s), got {len(args)}")
        if args:
            arg = args[0]
            if arg.lstrip("-").isdigit():
                arg = int(arg)
            elif op in ("jmp", "jz", "call"):
                fixups.append((len(code), arg, lineno))
            code.append((op, arg))
        else:
            code.append((op,))
    for at, label, lineno in fixups:
        if label not in labels:
            raise VMError(f"line {lineno}: undefined label {label!r}")
        code[at] = (code[at][0], labels[label])
    return code, labels


def run(code, max_steps=10_000, trace=False):
    stack, frames, memory, out = [], [], {}, []
    pc = steps = 0
    binops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
              "div": lambda a, b: a // b, "mod": lambda a, b: a % b,
              "lt": lambda a, b: int(a < b), "eq": lambda a, b: int(a == b)}
    while True:
        if not 0 <= pc < len(code):
            raise VMError("fell off the end of the program", pc)
        steps += 1
        if steps > max_steps:
            raise VMError(f"step limit {max_steps} exceeded", pc)
        instr = code[pc]
        op = instr[0]
        if trace:
            print(f"    {pc:3} {' '.join(map(str, instr)):<12} {stack}")
        pc += 1
        try:
            if op == "push":
                stack.append(instr[1])
            elif op == "pop":
                stack.pop()
            elif op == "dup":
                stack.append(stack[-1])
            elif op == "swap":
                stack[-1], stack[-2] = stack[-2], stack[-1]
            elif op in binops:
                b, a = stack.pop(), stack.pop()
                stack.append(binops[op](a, b))
            elif op == "jmp":
                pc = instr[1]
            elif op == "jz":
                if stack.pop() == 0:
                    pc = instr[1]
            elif op == "call":
                frames.append(pc)
                pc = instr[1]
            elif op == "ret":
                pc = frames.pop()
            elif op == "load":
                stack.append(memory[instr[1]])
            elif op == "store":
                memory[instr[1]] = stack.pop()
            elif op == "print":
                out.append(stack.pop())
            elif op == "halt":
                return out, steps, stack
        except IndexError:
            raise VMError(f"stack underflow in {op}", pc - 1) from None
        except ZeroDivisionError as e:
            raise VMError(f"{e} in {op}", pc - 1) from e
        except KeyError as e:
            raise VMError(f"uninitialised variable {e.args[0]}", pc - 1) from None


FACT = """
    push 10
    call fact
    print
    halt
fact:            # n -> n!
    dup
    push 2
    lt
    jz recurse
    pop
    push 1
    ret
recurse:
    dup
    push 1
    sub
    call fact
    mul
    ret
"""

FIZZ = """
    push 1
    store i
loop:
    load i
    push 16
    lt
    jz done
    load i
    push 15
    mod
    jz fb
    load i
    print
    jmp next
fb:
    push -15
    print
next:
    load i
    push 1
    add
    store i
    jmp loop
done:
    halt
"""

code, labels = assemble(FACT)
print("labels:", labels, "size:", len(code))
print("10! ->", run(code))
code, labels = assemble(FIZZ)
out, steps, stack = run(code)
print("fizz:", out, "steps:", steps)
run(assemble("push 7\npush 5\nswap\nsub\nprint\nhalt")[0], trace=True)
programs = ["push 1\npush 0\ndiv\nhalt", "add\nhalt", "load x\nhalt", "loop:\njmp loop",
            "push 1", "frob 3", "jmp nowhere", "push\nhalt", "push 2\ncall f\nhalt\nf:\nret\nret"]
for src in programs:
    try:
        res = run(assemble(src)[0], max_steps=50)
        print(f"{src!r:<40} ok {res}")
    except VMError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else None
        print(f"{src!r:<40} VMError: {e} (pc={e.pc}, cause={cause})")
