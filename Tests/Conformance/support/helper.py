print("loading helper", __name__)
VALUE = 42
def double(x):
    return 2 * x
_private = 1
