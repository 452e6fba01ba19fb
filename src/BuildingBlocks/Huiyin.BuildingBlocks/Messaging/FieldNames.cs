namespace Huiyin.BuildingBlocks.Messaging;

/// <summary>Turns C# property paths (<c>Roles[0]</c>, <c>Address.Street</c>) into JSON field names.</summary>
public static class FieldNames
{
    public static string ToCamelCasePath(string propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return propertyPath;
        }

        var segments = propertyPath.Split('.');
        return string.Join('.', segments.Select(s => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..]));
    }
}
