# A missing private attribute read inside the class is reported by its mangled name.
class A:
    def get(self):
        return self.__x


A().get()
