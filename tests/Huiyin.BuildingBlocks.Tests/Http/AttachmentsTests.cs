using Huiyin.BuildingBlocks.Http;

namespace Huiyin.BuildingBlocks.Tests.Http;

public sealed class AttachmentsTests
{
    [Theory]
    [InlineData("租赁合同.pdf", "租赁合同.pdf")]
    [InlineData("../../etc/passwd", "_.._etc_passwd")]
    [InlineData("C:\\Windows\\win.ini", "C__Windows_win.ini")]
    [InlineData("a\"b\r\nSet-Cookie: x=1.pdf", "a_b__Set-Cookie_ x=1.pdf")]
    [InlineData("  .hidden.  ", "hidden")]
    [InlineData("100%;.csv", "100__.csv")]
    [InlineData("", "download")]
    [InlineData(" ... ", "download")]
    [InlineData(null, "download")]
    public void A_name_keeps_no_path_control_or_reserved_character(string? fileName, string safe) =>
        Assert.Equal(safe, Attachments.SafeName(fileName));

    [Fact]
    public void A_long_name_is_cut_to_200_characters_without_splitting_a_character()
    {
        var name = new string('a', 199) + "😀😀.pdf";

        var safe = Attachments.SafeName(name);

        Assert.Equal(new string('a', 199), safe);
    }

    [Fact]
    public void The_header_is_an_attachment_with_an_ascii_name_and_the_utf8_name_of_rfc_5987()
    {
        var header = Attachments.ContentDisposition("客户 导出.csv");

        Assert.Equal("attachment; filename=\"__ __.csv\"; filename*=UTF-8''%E5%AE%A2%E6%88%B7%20%E5%AF%BC%E5%87%BA.csv", header);
    }
}
