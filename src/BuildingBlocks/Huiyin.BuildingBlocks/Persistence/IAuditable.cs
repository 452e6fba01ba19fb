namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>An entity that records when and by whom (staff member, API client or system) it was created and last changed.</summary>
public interface IAuditable
{
    DateTimeOffset CreatedAt { get; set; }

    string CreatedBy { get; set; }

    DateTimeOffset UpdatedAt { get; set; }

    string UpdatedBy { get; set; }
}
