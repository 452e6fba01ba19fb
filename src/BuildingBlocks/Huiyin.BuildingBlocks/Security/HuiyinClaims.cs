namespace Huiyin.BuildingBlocks.Security;

/// <summary>The claim types Huiyin puts in its tokens and API-key principals.</summary>
public static class HuiyinClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Permission = "perm";
    public const string ServiceNumber = "svc";
    public const string ActorKind = "actor";

    public const string StaffActor = "staff";
    public const string ApiClientActor = "api-client";
}
