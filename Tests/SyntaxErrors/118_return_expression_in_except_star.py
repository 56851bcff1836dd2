def f():
    for x in []:
        try:
            pass
        except* ValueError:
            return x + 1
