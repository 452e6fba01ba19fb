using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Huiyin.BuildingBlocks.Security;

/// <summary>The current user read from the request's authenticated principal.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(HuiyinClaims.Subject), out var id) ? id : null;

    public string? Name => Principal?.FindFirstValue(HuiyinClaims.Name);

    public bool IsApiClient => Principal?.FindFirstValue(HuiyinClaims.ActorKind) == HuiyinClaims.ApiClientActor;

    public string Actor => IsAuthenticated && Id is { } id
        ? $"{Principal!.FindFirstValue(HuiyinClaims.ActorKind) ?? HuiyinClaims.StaffActor}:{id}"
        : "system";

    public bool HasPermission(string permission) => Principal?.HasClaim(HuiyinClaims.Permission, permission) == true;
}
