using Hangfire;
using Hangfire.Storage;
using Huiyin.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class RecurringJobTimeZoneTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public void Every_recurring_job_runs_on_the_desks_clocks_so_a_daily_job_follows_the_desks_midnight()
    {
        using var connection = App.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs();

        Assert.Contains(jobs, job => job.Id == "facilities:certificate-reminders");
        Assert.All(jobs, job => Assert.Equal("Asia/Shanghai", job.TimeZoneId));
        var reminders = jobs.Single(job => job.Id == "facilities:certificate-reminders");
        var next = TimeZoneInfo.ConvertTime(reminders.NextExecution!.Value, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(next));
    }
}
