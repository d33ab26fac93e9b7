// Placeholder so the library has a source until the interpreter lands.
namespace memstep::core {
int placeholder() { return 0; }
}
