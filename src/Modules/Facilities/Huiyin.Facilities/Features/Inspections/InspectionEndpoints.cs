using Microsoft.AspNetCore.Routing;

namespace Huiyin.Facilities.Features.Inspections;

internal static class InspectionEndpoints
{
    public static void MapInspections(this IEndpointRouteBuilder facilities)
    {
        facilities.MapCreateChecklist();
        facilities.MapListChecklists();
        facilities.MapGetChecklist();
        facilities.MapUpdateChecklist();
        facilities.MapListRounds();
        facilities.MapGetRound();
        facilities.MapRecordRoundItem();
        facilities.MapAddRoundPhoto();
        facilities.MapGetRoundPhoto();
        facilities.MapCompleteRound();
    }
}
