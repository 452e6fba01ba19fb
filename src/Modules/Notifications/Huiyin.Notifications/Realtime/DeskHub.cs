using System.Security.Claims;
using Huiyin.BuildingBlocks.Security;
using Microsoft.AspNetCore.SignalR;

namespace Huiyin.Notifications.Realtime;

/// <summary>
/// The desk's real-time channel (<c>/hubs/desk</c>): a signed-in connection joins its person's group and a group per role it
/// holds. The server only sends (<see cref="InboxMethod"/>); what a client missed while away it reads from its inbox.
/// </summary>
internal sealed class DeskHub : Hub
{
    public const string Path = "/hubs/desk";

    /// <summary>The client method that receives a new inbox line.</summary>
    public const string InboxMethod = "inbox";

    public static string PersonGroup(Guid personId) => $"person:{personId}";

    public static string RoleGroup(string role) => $"role:{role}";

    public override async Task OnConnectedAsync()
    {
        var user = Context.User!;
        if (Guid.TryParse(user.FindFirstValue(HuiyinClaims.Subject), out var personId))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, PersonGroup(personId));
        }

        foreach (var role in user.FindAll(HuiyinClaims.Role))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, RoleGroup(role.Value));
        }

        await base.OnConnectedAsync();
    }
}
