# sys.exit with a message: printed to stderr, exit status 1.
import sys
print("before exit")
sys.exit("fatal: stopping")
