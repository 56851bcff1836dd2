# An uncaught AttributeError with a suggestion ends the program.
class Config:
    def __init__(self):
        self.verbose = True


c = Config()
print(c.verbose)
print(c.verbos)
