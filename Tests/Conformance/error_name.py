print("ok")
print(undefined_name)
