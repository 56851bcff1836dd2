[a + b for a + b in x]
