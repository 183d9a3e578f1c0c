namespace Hw3.Grader.Execution;

public static class ProcessLaunchLock { public static readonly object Gate = new(); }
