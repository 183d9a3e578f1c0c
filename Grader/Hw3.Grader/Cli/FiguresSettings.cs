using System.ComponentModel;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>Settings of <c>hw3 figures</c>.</summary>
public sealed class FiguresSettings : CommandSettings
{
    [CommandOption("--out <FOLDER>")]
    [Description("The folder the PNG files are written into (default: figures).")]
    [DefaultValue("figures")]
    public string Out { get; init; } = "figures";

    [CommandOption("--data <FOLDER>")]
    [Description("A folder holding MNIST's train-images-idx3-ubyte and train-labels-idx1-ubyte (.gz accepted): run the experiments on MNIST (default: the seeded synthetic stand-in; nothing is downloaded).")]
    public string? Data { get; init; }
}
