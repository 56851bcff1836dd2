for x in []:
    try:
        pass
    except* (ValueError, TypeError):
        while False:
            break
        continue
