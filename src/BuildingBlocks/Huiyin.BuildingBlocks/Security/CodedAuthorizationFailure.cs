using Microsoft.AspNetCore.Authorization;

namespace Huiyin.BuildingBlocks.Security;

/// <summary>A refusal that is not about a missing permission: the 403 carries this code and message instead.</summary>
public sealed class CodedAuthorizationFailure(IAuthorizationHandler handler, string code, string message)
    : AuthorizationFailureReason(handler, message)
{
    public string Code { get; } = code;
}
