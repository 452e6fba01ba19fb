using Huiyin.Knowledge.Contracts;
using Huiyin.Organization.Contracts;
using static Huiyin.Organization.Contracts.StaffRole;

namespace Huiyin.Knowledge;

/// <summary>Everyone reads the approved answers; the desk drafts and keeps them; a Supervisor or above approves and retires; an Admin keeps the forbidden phrases.</summary>
internal static class KnowledgePermissionGrants
{
    public static ModulePermissions All { get; } = new ModulePermissions("Knowledge")
        .Grant(KnowledgePermissions.Read, Agent, Technician, Supervisor, Manager, Executive, Admin)
        .Grant(KnowledgePermissions.Write, Agent, Supervisor, Manager, Admin)
        .Grant(KnowledgePermissions.Approve, Supervisor, Manager, Executive, Admin)
        .Grant(KnowledgePermissions.Phrases, Admin);
}
