# A payroll run: hourly and salaried employees, overtime, progressive tax brackets and a payslip table.

class PayrollError(Exception):
    pass


BRACKETS = [(1000_00, 0), (4000_00, 10), (8000_00, 20), (None, 35)]  # monthly cents, percent


def tax_for(gross):
    tax, lower, detail = 0, 0, []
    for upper, pct in BRACKETS:
        if gross <= lower:
            break
        top = gross if upper is None else min(gross, upper)
        part = (top - lower) * pct // 100
        if part:
            detail.append((pct, top - lower, part))
        tax += part
        if upper is None:
            break
        lower = upper
    return tax, detail


class Employee:
    registry = {}

    def __init__(self, emp_id, name, dept):
        if emp_id in Employee.registry:
            raise PayrollError(f"duplicate employee id {emp_id}")
        self.emp_id, self.name, self.dept = emp_id, name, dept
        Employee.registry[emp_id] = self

    def gross(self, hours):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.emp_id}, {self.name})"


class Hourly(Employee):
    def __init__(self, emp_id, name, dept, rate):
        super().__init__(emp_id, name, dept)
        self.rate = rate

    def gross(self, hours):
        if hours is None:
            raise PayrollError(f"no timesheet for {self.name}")
        if hours < 0 or hours > 300:
            raise PayrollError(f"implausible hours {hours} for {self.name}")
        regular = min(hours, 160)
        overtime = hours - regular
        return regular * self.rate + overtime * self.rate * 3 // 2


class Salaried(Employee):
    def __init__(self, emp_id, name, dept, annual, bonus_pct=0):
        super().__init__(emp_id, name, dept)
        self.annual, self.bonus_pct = annual, bonus_pct

    def gross(self, hours):
        return self.annual // 12 + self.annual // 12 * self.bonus_pct // 100


def c(cents):
    return f"{cents / 100:>10,.2f}"


staff = [Hourly(1, "Ana", "ops", 2250), Hourly(2, "Ben", "ops", 1800), Salaried(3, "Cyd", "eng", 96000_00, 5),
         Salaried(4, "Dee", "eng", 150000_00), Hourly(5, "Eli", "support", 2000), Salaried(6, "Fox", "sales", 30000_00)]
try:
    Hourly(2, "Dup", "ops", 1)
except PayrollError as e:
    print("PayrollError:", e)
timesheets = {1: 172, 2: 150, 5: 400}

print(f"{'id':>2} {'name':<5}{'dept':<8}{'gross':>10}{'tax':>10}{'net':>10}  eff")
totals = {}
problems = []
for emp in sorted(staff, key=lambda e: (e.dept, e.name)):
    try:
        g = emp.gross(timesheets.get(emp.emp_id))
    except PayrollError as e:
        problems.append(str(e))
        continue
    t, detail = tax_for(g)
    net = g - t
    d = totals.setdefault(emp.dept, [0, 0, 0])
    for i, v in enumerate((g, t, net)):
        d[i] += v
    print(f"{emp.emp_id:>2} {emp.name:<5}{emp.dept:<8}{c(g)}{c(t)}{c(net)}  {t / g:6.2%}")
print("problems:", problems)
for dept, (g, t, n) in sorted(totals.items(), key=lambda kv: -kv[1][0]):
    print(f"   {dept:<12}{c(g)}{c(t)}{c(n)}")
grand = [sum(v[i] for v in totals.values()) for i in range(3)]
print(f"   {'TOTAL':<12}{c(grand[0])}{c(grand[1])}{c(grand[2])}")
for g in (500_00, 1000_00, 1000_01, 5000_00, 12345_67):
    t, detail = tax_for(g)
    print(f"{c(g)} -> {c(t)} {detail}")
print(Employee.registry[3], sorted(Employee.registry))
try:
    Employee(99, "Abstract", "x").gross(1)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
