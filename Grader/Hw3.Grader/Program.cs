namespace Hw3.Grader;

public static class Program
{
    public static int Main(string[] args) => 0;
}
