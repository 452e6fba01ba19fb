using System.Net;
using Huiyin.Complaints.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Complaints.Tests;

/// <summary>A complainant dissatisfied when called back complains again: a new complaint linked to the first (Callbacks sends it).</summary>
[Collection(ApiCollection.Name)]
public sealed class FollowUpComplaintTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task The_follow_up_has_the_first_complaints_customer_category_and_target_and_points_to_it()
    {
        var first = await ComplaintApi.ResolvedAsync(App);

        var followUp = await SendAsync(new RegisterFollowUpComplaint(first.Id(), "回访不满意：道歉不诚恳"));

        var second = await (await (await App.SignedInAsAsync(StaffRole.Agent)).GetAsync($"/api/v1/complaints/{followUp.Value.ComplaintId}"))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(followUp.Value.Number, second.Text("number"));
        Assert.Equal(first.Id(), second.GetProperty("followsComplaintId").GetGuid());
        Assert.Equal((first.Text("customerId"), first.Text("category"), first.Text("targetDepartment")),
            (second.Text("customerId"), second.Text("category"), second.Text("targetDepartment")));
        Assert.Equal(("Phone", "Registered"), (second.Text("channel"), second.Text("status")));
    }

    [Fact]
    public async Task An_unknown_complaint_is_refused_on_complaintId()
    {
        var refused = await SendAsync(new RegisterFollowUpComplaint(Guid.NewGuid(), "回访不满意"));

        Assert.Equal(["complaintId"], refused.Error.FieldErrors!.Keys);
    }

    private async Task<TResult> SendAsync<TResult>(IRequest<TResult> command)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }
}
