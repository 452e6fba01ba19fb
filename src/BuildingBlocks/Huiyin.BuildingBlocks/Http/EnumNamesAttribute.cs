namespace Huiyin.BuildingBlocks.Http;

/// <summary>
/// Marks a string (or list of strings) that holds names of <see cref="EnumType"/>: the OpenAPI document types it as
/// that enum, while the request's validator reads the text, so every wrong field of a request is named at once.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EnumNamesAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;
}
