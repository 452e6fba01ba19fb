using Huiyin.BuildingBlocks.Modules;
using Huiyin.Callbacks;
using Huiyin.Complaints;
using Huiyin.Customers;
using Huiyin.Desk;
using Huiyin.Facilities;
using Huiyin.Knowledge;
using Huiyin.Notifications;
using Huiyin.Organization;
using Huiyin.Sla;
using Huiyin.Tickets;

namespace Huiyin.Host.Composition;

/// <summary>The modules this host runs. Adding a module is one line here and a project reference.</summary>
internal static class HostModules
{
    public static readonly IReadOnlyList<IModule> All =
    [
        new OrganizationModule(),
        new SlaModule(),
        new CustomersModule(),
        new NotificationsModule(),
        new TicketsModule(),
        new ComplaintsModule(),
        new FacilitiesModule(),
        new CallbacksModule(),
        new DeskModule(),
        new KnowledgeModule(),
    ];
}
