"""The meetings room: the clusters and meetings lists, the meeting editor (details, attendance, agenda and
minutes), and new and deleted meetings."""
