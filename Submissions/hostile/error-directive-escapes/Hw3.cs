// HOSTILE CASE: a #error directive whose text holds raw escape sequences (clear screen, a fake "all correct"
// line). The compile error reaches the terminal with every control character made visible.
#error [2J[H[32mAll tests passed: 39.5 / 39.5[0m
public static class Q5
{
    public static int LoadMemOps(int layers, int checkpointEvery) => layers;
}
