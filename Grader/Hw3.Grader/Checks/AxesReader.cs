using Hw3.Grader.Rubrics;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Checks;

/// <summary>Reads and checks the parameter grids grid and scaling items call their members on (<c>"axes"</c>, <c>"fitAxes"</c>).</summary>
public static class AxesReader
{
    public static IReadOnlyList<Axis> Read(ItemFields item, string name)
    {
        var axes = new List<Axis>();
        var axesObject = item.Fields.Object(item.Json, name, false, "an object of parameter name → array of values");
        foreach (var property in axesObject?.Properties() ?? [])
        {
            if (property.Value is not JArray { Count: > 0 } values)
            {
                item.Fail(property.Value, "expected a non-empty array of values");
                continue;
            }

            var axisValues = new List<AxisValue>();
            foreach (var value in values)
            {
                switch (value.Type)
                {
                    case JTokenType.Integer or JTokenType.Float when double.IsFinite(value.Value<double>()):
                        axisValues.Add(new AxisValue(value.Value<double>(), null));
                        break;
                    case JTokenType.String:
                        axisValues.Add(new AxisValue(null, value.Value<string>()));
                        break;
                    default:
                        item.Fail(value, "expected a finite number or a name");
                        break;
                }
            }

            axes.Add(new Axis(property.Name, axisValues));
        }

        return axes;
    }

    /// <summary>Numbers on the axes of numeric parameters, and whole numbers for int parameters.</summary>
    public static void ValidateValues(ItemFields item, string field, RubricTarget target, IReadOnlyList<Axis> axes)
    {
        var member = target.Member;
        for (var i = 0; i < member.ParameterNames!.Count; i++)
        {
            var type = member.ParameterTypes![i];
            var axis = axes.FirstOrDefault(a => a.Name == member.ParameterNames[i]);
            if (axis is null || type is not ("int" or "double"))
            {
                continue;
            }

            foreach (var value in axis.Values)
            {
                var problem = value.Number switch
                {
                    null => $"is the name \"{value.Name}\", but {member.Id} takes a {type} {axis.Name}",
                    { } n when type == "int" && (n != Math.Floor(n) || n < int.MinValue || n > int.MaxValue) => $"is {value}, but {member.Id} takes a whole number {axis.Name}",
                    _ => null,
                };
                if (problem is not null)
                {
                    item.Fail(item.Json[field]?[axis.Name] ?? item.Json, $"a value of \"{field}\".{axis.Name} {problem}");
                }
            }
        }
    }
}
