namespace Huiyin.BuildingBlocks.Security;

/// <summary>
/// Marks a list of permission names (a user's permissions, an API client's scopes): the OpenAPI document types its items
/// as the <c>Permission</c> enum of every name the modules declare, so clients get the names from the generated types.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PermissionNamesAttribute : Attribute;
