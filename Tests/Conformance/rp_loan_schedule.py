# Loan amortization and savings interest schedules computed in exact integer cents.

def money(cents):
    sign = "-" if cents < 0 else ""
    dollars, c = divmod(abs(cents), 100)
    return f"{sign}${dollars:,}.{c:02d}"


def round_half_even_div(num, den):
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q % 2 == 1):
        q += 1
    return q


def monthly_payment(principal, rate_bp, months):
    """rate_bp: annual rate in basis points. Returns the payment in cents (rounded up)."""
    if months <= 0:
        raise ValueError("term must be at least one month")
    if rate_bp == 0:
        return -(-principal // months)
    # P * r / (1 - (1 + r)^-n) with r = rate_bp / 120000, done with big integers
    num = principal * rate_bp * (120000 + rate_bp) ** months
    den = 120000 * ((120000 + rate_bp) ** months - 120000 ** months)
    return -(-num // den)


def amortize(principal, rate_bp, months, extra=0):
    payment = monthly_payment(principal, rate_bp, months)
    balance = principal
    month = 0
    while balance > 0:
        month += 1
        interest = round_half_even_div(balance * rate_bp, 120000)
        pay = min(payment + extra, balance + interest)
        balance -= pay - interest
        yield month, pay, interest, pay - interest, balance


def schedule(principal, rate_bp, months, extra=0, show=(1, 2, 3, -1)):
    rows = list(amortize(principal, rate_bp, months, extra))
    print(f"loan {money(principal)} at {rate_bp / 100:.2f}% for {months} months"
          f"{f' (+{money(extra)}/mo)' if extra else ''}: payment {money(monthly_payment(principal, rate_bp, months))}")
    print(f"  {'#':>3} {'payment':>11} {'interest':>10} {'principal':>11} {'balance':>13}")
    for idx in show:
        m, pay, i, p, bal = rows[idx]
        print(f"  {m:>3} {money(pay):>11} {money(i):>10} {money(p):>11} {money(bal):>13}")
    total_interest = sum(r[2] for r in rows)
    print(f"  paid off in {len(rows)} months, total interest {money(total_interest)}")
    return total_interest


base = schedule(25_000_00, 650, 60)
faster = schedule(25_000_00, 650, 60, extra=100_00)
print("extra payments save", money(base - faster))
schedule(1_200_00, 0, 12, show=(0, -1))
schedule(350_000_00, 425, 360, show=(0, 1, 179, -2, -1))


def savings(deposit, monthly, rate_bp, years):
    balance = deposit
    for year in range(1, years + 1):
        earned = 0
        for _ in range(12):
            interest = balance * rate_bp // 120000
            earned += interest
            balance += interest + monthly
        yield year, balance, earned


print("savings plan:")
for year, bal, earned in savings(1_000_00, 250_00, 400, 5):
    bar = "#" * (bal // 2_000_00)
    print(f"  year {year}: {money(bal):>11} (+{money(earned):>9}) {bar}")

for args in [(10_000_00, 500, 0), (10_000_00, 500, -3)]:
    try:
        monthly_payment(*args)
    except ValueError as e:
        print("ValueError:", e)
print([round_half_even_div(n, 10) for n in (14, 15, 16, 25, 35, -15)], money(-12345), money(7))
