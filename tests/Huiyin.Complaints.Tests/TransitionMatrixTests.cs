using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Complaints.Tests;

[Collection(ApiCollection.Name)]
public sealed class TransitionMatrixTests(HuiyinApp app) : HuiyinTest(app)
{
    private static readonly string[] Actions = ["investigate", "propose-remedy", "decide-remedy", "carry-out", "confirm", "close", "reopen"];

    [Theory]
    [InlineData("Registered", new[] { "investigate" })]
    [InlineData("Investigated", new[] { "propose-remedy" })]
    [InlineData("RemedyProposed", new[] { "propose-remedy", "decide-remedy" })]
    [InlineData("RemedyDecided", new[] { "carry-out" })]
    [InlineData("CarriedOut", new[] { "confirm" })]
    [InlineData("Resolved", new[] { "close", "reopen" })]
    [InlineData("Closed", new[] { "reopen" })]
    [InlineData("Reopened", new[] { "investigate" })]
    public async Task Every_step_its_status_does_not_allow_is_a_409_naming_the_status_and_the_allowed_steps(string status, string[] allowed)
    {
        var complaint = await ComplaintApi.InStatusAsync(App, status);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);

        foreach (var action in Actions.Except(allowed))
        {
            var problem = await (await ComplaintApi.StepAsync(manager, complaint, action)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("illegal_transition", problem.Text("code"));
            Assert.Equal(status, problem.Text("currentStatus"));
            Assert.Equal(allowed, problem.Strings("allowedActions"));
        }

        Assert.Equal(allowed, complaint.Strings("allowedActions"));
        var read = await (await manager.GetAsync($"/api/v1/complaints/{complaint.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(status, read.Text("status"));
    }

    [Theory]
    [InlineData("investigate", "{\"findings\":\" \",\"validity\":\"Effective\",\"validityReason\":\"属实\",\"rootCause\":\"Other\"}", "findings")]
    [InlineData("investigate", "{\"findings\":\"经过\",\"validity\":\"Undetermined\",\"validityReason\":\"属实\",\"rootCause\":\"Other\"}", "validity")]
    [InlineData("investigate", "{\"findings\":\"经过\",\"validity\":\"Effective\",\"validityReason\":\"\",\"rootCause\":\"Other\"}", "validityReason")]
    [InlineData("investigate", "{\"findings\":\"经过\",\"validity\":\"Effective\",\"validityReason\":\"属实\",\"rootCause\":\"Weather\"}", "rootCause")]
    [InlineData("investigate", "{\"findings\":\"经过\",\"validityReason\":\"属实\",\"rootCause\":\"Other\"}", "validity")]
    [InlineData("propose-remedy", "{\"proposal\":\"\"}", "proposal")]
    [InlineData("decide-remedy", "{\"remedy\":\"致歉\"}", "responsibleDepartment")]
    [InlineData("decide-remedy", "{\"responsibleDepartment\":\"客服部\"}", "remedy")]
    [InlineData("carry-out", "{}", "workDone")]
    [InlineData("confirm", "{\"feedback\":\"好\"}", "accepted")]
    [InlineData("confirm", "{\"accepted\":false}", "feedback")]
    [InlineData("reopen", "{\"reason\":\" \"}", "reason")]
    public async Task A_bad_body_is_a_400_naming_the_field_and_changes_nothing(string action, string body, string field)
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var complaint = await ComplaintApi.RegisteredAsync(manager, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));

        var response = await manager.PostAsync($"/api/v1/complaints/{complaint.Id()}/{action}",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeValidationProblemForAsync(field);
        var read = await (await manager.GetAsync($"/api/v1/complaints/{complaint.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Registered", read.Text("status"));
    }
}
