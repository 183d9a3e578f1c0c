using Hw3.Kit.Checking;
using Hw3.Kit.Manifest;

namespace Hw3.Kit.Properties;

/// <summary>
/// Which property check tests which item: by id for the items whose answer has a property the kit can test, by kind
/// for those it only checks for being answered. An item with neither is not checked by the kit (null); the kit's
/// tests require every visible item of the rubric to have one.
/// </summary>
public static class PropertyChecks
{
    public static IPropertyCheck? Create(KitItem item, CallFactory factory) => item.Id switch
    {
        "q1a.rms" => new InitRmsCheck(factory, scaled: false),
        "q1a.scale" => new InitRmsCheck(factory, scaled: true),
        "q1b.rms" => new SignUpdateCheck(factory, scaled: false),
        "q1b.scale" => new SignUpdateCheck(factory, scaled: true),
        "q2c.input" or "q2c.hidden" or "q2c.output" => new LearningRateCheck(item, factory),
        "q2d.scaled" => new ScaledMlpCheck(factory),
        "q4a" => new ScoreIntegrandCheck(factory, general: false),
        "q4d" => new ScoreIntegrandCheck(factory, general: true),
        "q4b" or "q4c" or "q4e" => new ReparameterizationCheck(item.Id, factory),
        "q4.estimators" => new EstimatorCheck(factory),
        "q5a" or "q5b" or "q5c" => new RematerializationCheck(item.Id, factory),
        _ => item.Kind switch
        {
            "choice" => new ChoiceCheck(item, factory),
            "manual" or "boolean" or "exponent" or "completion" => new AnsweredCheck(item, factory),
            _ => null,
        },
    };

    /// <summary>What the item's check can and cannot tell, for the student README; null when the kit does not check it.</summary>
    public static PropertyCheckInfo? Info(KitItem item) => item.Id switch
    {
        "q1a.rms" => InitRmsCheck.RmsInfo,
        "q1a.scale" => InitRmsCheck.ScaleInfo,
        "q1b.rms" => SignUpdateCheck.RmsInfo,
        "q1b.scale" => SignUpdateCheck.ScaleInfo,
        "q2c.input" or "q2c.hidden" or "q2c.output" => LearningRateCheck.Info,
        "q2d.scaled" => ScaledMlpCheck.Info,
        "q4a" or "q4d" => ScoreIntegrandCheck.Info,
        "q4b" => ReparameterizationCheck.ValueInfo,
        "q4c" => ReparameterizationCheck.GradientInfo,
        "q4e" => ReparameterizationCheck.SampleInfo,
        "q4.estimators" => EstimatorCheck.Info,
        "q5a" => RematerializationCheck.ForwardInfo,
        "q5b" => RematerializationCheck.LoadInfo,
        "q5c" => RematerializationCheck.BreakEvenInfo,
        _ => item.Kind switch
        {
            "choice" => ChoiceCheck.Info,
            "manual" => AnsweredCheck.FreeTextInfo,
            "boolean" => AnsweredCheck.BooleanInfo,
            "exponent" => AnsweredCheck.NumberInfo,
            "completion" => AnsweredCheck.CompletionInfo,
            _ => null,
        },
    };
}
