// The methods of random.Random (random_methods.cpp), each called with the Random object as
// `self` and its arguments bound to random.py's signature.
#pragma once

#include "modules/modules.h"
#include "modules/random/random_generator.h"

namespace memstep::core::modules::random {

// Seeds from fresh entropy, as CPython seeds from os.urandom.
void seedFromEntropy(MersenneTwister& g);

ObjRef seed(Interpreter& in, rt::Object* self, rt::CallArgs& args);
ObjRef random(Interpreter& in, rt::Object* self, rt::CallArgs& args);
ObjRef getrandbits(Interpreter& in, rt::Object* self, rt::CallArgs& args);
ObjRef randrange(Interpreter& in, rt::Object* self, rt::CallArgs& args);
ObjRef randint(Interpreter& in, rt::Object* self, rt::CallArgs& args);
ObjRef choice(Interpreter& in, rt::Object* self, rt::CallArgs& args);
ObjRef shuffle(Interpreter& in, rt::Object* self, rt::CallArgs& args);
ObjRef sample(Interpreter& in, rt::Object* self, rt::CallArgs& args);
ObjRef choices(Interpreter& in, rt::Object* self, rt::CallArgs& args);
ObjRef uniform(Interpreter& in, rt::Object* self, rt::CallArgs& args);
ObjRef gauss(Interpreter& in, rt::Object* self, rt::CallArgs& args);

} // namespace memstep::core::modules::random
