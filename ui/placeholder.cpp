namespace gobiz { }
