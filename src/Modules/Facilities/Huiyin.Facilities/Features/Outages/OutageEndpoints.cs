using Microsoft.AspNetCore.Routing;

namespace Huiyin.Facilities.Features.Outages;

internal static class OutageEndpoints
{
    public static void MapOutages(this IEndpointRouteBuilder facilities)
    {
        facilities.MapCreateOutage();
        facilities.MapRestoreOutage();
        facilities.MapListOutages();
        facilities.MapGetOutage();
        facilities.MapListActiveNotices();
    }
}
