# sys.exit with an int status: no traceback, that exit status.
import sys


def main():
    print("working")
    try:
        sys.exit(4)
    finally:
        print("cleanup runs")


main()
print("not reached")
