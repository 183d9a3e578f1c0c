// The runner's P/Invokes are all blittable: with runtime marshalling disabled, ReadyToRun precompiles their stubs
// instead of every runner start JIT-compiling them (see Confinement/LinuxSyscalls.cs).
[assembly: System.Runtime.CompilerServices.DisableRuntimeMarshalling]
