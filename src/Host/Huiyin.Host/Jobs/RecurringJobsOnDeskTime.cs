using Hangfire;
using Hangfire.Common;
using Huiyin.BuildingBlocks.Time;

namespace Huiyin.Host.Jobs;

/// <summary>
/// Registers every recurring job on the desk's clocks, whatever time zone its module asked for: "0 8 * * *" is eight in the
/// morning at the desk, and a daily job runs after the desk's midnight, not UTC's.
/// </summary>
internal sealed class RecurringJobsOnDeskTime(IRecurringJobManager jobs, DeskTime desk) : IRecurringJobManager
{
    public void AddOrUpdate(string recurringJobId, Job job, string cronExpression, RecurringJobOptions options) =>
        jobs.AddOrUpdate(recurringJobId, job, cronExpression, new RecurringJobOptions
        {
            TimeZone = desk.Zone,
            MisfireHandling = options?.MisfireHandling ?? MisfireHandlingMode.Relaxed,
        });

    public void Trigger(string recurringJobId) => jobs.Trigger(recurringJobId);

    public void RemoveIfExists(string recurringJobId) => jobs.RemoveIfExists(recurringJobId);
}
