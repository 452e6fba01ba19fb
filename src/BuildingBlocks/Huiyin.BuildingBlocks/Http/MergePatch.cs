using System.Text.Json.Nodes;

namespace Huiyin.BuildingBlocks.Http;

/// <summary>JSON Merge Patch (RFC 7396): a member set to null is removed, an object merges into an object, anything else replaces.</summary>
public static class MergePatch
{
    public const string ContentType = "application/merge-patch+json";

    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target is JsonObject targetObject ? (JsonObject)targetObject.DeepClone() : [];
        foreach (var (name, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(name);
            }
            else
            {
                result[name] = Apply(result[name], value);
            }
        }

        return result;
    }
}
