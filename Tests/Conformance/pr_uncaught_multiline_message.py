# An uncaught exception whose message spans several lines: only its final line is the last line of stderr.
class ReportError(Exception):
    def __init__(self, problems):
        self.problems = problems
        super().__init__("validation failed:\n" + "\n".join(f"  - {p}" for p in problems))


try:
    raise ReportError(["x missing"])
except ReportError as e:
    print(str(e).splitlines(), e.problems)
raise ReportError(["name is empty", "age is negative", "email has no @"])
