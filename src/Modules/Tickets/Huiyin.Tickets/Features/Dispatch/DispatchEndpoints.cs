using Microsoft.AspNetCore.Routing;

namespace Huiyin.Tickets.Features.Dispatch;

internal static class DispatchEndpoints
{
    public static void MapDispatch(this IEndpointRouteBuilder tickets)
    {
        tickets.MapGetDispatchBoard();
        tickets.MapSuggestAssignees();
        tickets.MapScheduleTicket();
        tickets.MapHandBackTicket();
    }
}
