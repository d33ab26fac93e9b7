# copy.copy of an instance shares its inner instance; copy.deepcopy copies it
import copy


class Engine:
    def __init__(self, power):
        self.power = power


class Car:
    def __init__(self, engine):
        self.engine = engine
        self.km = 0


car = Car(Engine(90))
shallow = copy.copy(car)
deep = copy.deepcopy(car)
shallow.engine.power = 120
print(car.engine.power, shallow.engine is car.engine, deep.engine is car.engine, deep.engine.power)
