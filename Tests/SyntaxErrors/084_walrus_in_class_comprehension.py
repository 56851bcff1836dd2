class C:
    [(j := 1) for i in x]
